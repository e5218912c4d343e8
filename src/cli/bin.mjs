#!/usr/bin/env node
// The `fairground` command: Node cannot run TypeScript on its own, so register tsx, then load the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
