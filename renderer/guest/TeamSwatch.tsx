// A team's colour as a small square; the name beside it says which team (colour is never alone).
export function TeamSwatch({ colour }: { colour: string }) {
  return <span className="team-swatch" style={{ background: colour }} aria-hidden="true" />;
}
