import type { BuildOptions } from 'esbuild';
export declare const parseWorkerBuild: BuildOptions;
