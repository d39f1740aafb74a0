// Exercises the host could not list because their stored rows no longer fit the
// contract. The rest of the library still shows; each damaged one is named, with the
// way out: move it to the bin (deleting never reads the damaged document).
import { useTranslation } from 'react-i18next';

export type DamagedExercise = { id: string; title: string };

type Props = {
  damaged: readonly DamagedExercise[];
  onMoveToBin(exercise: DamagedExercise): void;
};

export function DamagedNotice({ damaged, onMoveToBin }: Props) {
  const { t } = useTranslation();
  if (damaged.length === 0) return null;
  const nameOf = (ex: DamagedExercise) => ex.title.trim() || t('library.damaged.untitled', { id: ex.id });
  return (
    <section className="damaged-notice" role="alert" aria-labelledby="damaged-notice-title">
      <h2 id="damaged-notice-title">{t('library.damaged.title', { count: damaged.length })}</h2>
      <p>{t('library.damaged.intro')}</p>
      <ul>
        {damaged.map((ex) => (
          <li key={ex.id}>
            <span className="title">{nameOf(ex)}</span>{' '}
            <button type="button" onClick={() => onMoveToBin(ex)}>
              {t('library.damaged.moveToBin', { title: nameOf(ex) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
