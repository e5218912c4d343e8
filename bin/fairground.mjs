#!/usr/bin/env node
// `npx fairground …` starts here: npm links node_modules/.bin/fairground to this file because the
// checkout's one workspace (this folder) names it as its bin. The root package.json names no bin
// of its own on purpose: when the root package has a bin of the command's name, npx loads the whole
// dependency tree (~0.2 s) before it runs the command; a bin found in node_modules/.bin runs at once.
import '../src/cli/bin.mjs';
