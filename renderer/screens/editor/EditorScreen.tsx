// Placeholder until the editor lands: shows the exercise's title.
import { useEffect, useState } from 'react';
import type { Exercise } from '../../../shared/model/exercise';
import { useApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../components/ErrorMessage';

export function EditorScreen({ id }: { id: string }) {
  const api = useApi();
  const [exercise, setExercise] = useState<Exercise | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.call('library.get', { id }).then(setExercise, setError);
  }, [api, id]);
  return (
    <main>
      <ErrorMessage error={error} />
      {exercise && <h1>{exercise.title}</h1>}
    </main>
  );
}
