// Builds the custom ECharts bundle (assets/echarts-entry.mjs) with esbuild into
// build/echarts/echarts.js. Trunk runs it before each build (Trunk.toml [[hooks]]).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';

mkdirSync('build/echarts', { recursive: true });
await build({
  entryPoints: ['assets/echarts-entry.mjs'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  legalComments: 'eof',
  outfile: 'build/echarts/echarts.js',
  logLevel: 'warning',
});
