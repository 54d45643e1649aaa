'use strict';
/** `npm run start:projector`: build if needed, then run the projector in this process (so it gets the signals directly). */
const { join } = require('node:path');
const { buildIfStale, ROOT } = require('./build-if-stale');

buildIfStale();
require(join(ROOT, 'dist', 'apps', 'projector', 'src', 'main.js'));
