'use strict';
/** `npm start`: build if needed, then run the api in this process (so it gets the signals directly). */
const { join } = require('node:path');
const { buildIfStale, buildWebIfStale, ROOT } = require('./build-if-stale');

buildIfStale();
buildWebIfStale();
require(join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'));
