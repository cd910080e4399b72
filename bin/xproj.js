#!/usr/bin/env node
'use strict';
// The bundle is built by `npm install` (prepare) or `npm run build`.
require('../dist/cli.js');
