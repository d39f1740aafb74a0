// Entry point of the parse worker thread (bundled as dist/host/parseWorker.cjs): reads
// spreadsheets and `.drill` files away from the host's event loop.
import { parentPort } from 'node:worker_threads';
import { parseTasks } from './tasks';
import { serveTasks } from './workerLoop';

serveTasks(parentPort, parseTasks);
