'use strict';
/** `npm run -s cli -- <command> …`: build if needed, then run the cli in this process. */
const { join } = require('node:path');
const { buildIfStale, ROOT } = require('./build-if-stale');

buildIfStale();
require(join(ROOT, 'dist', 'apps', 'cli', 'src', 'main.js'));
