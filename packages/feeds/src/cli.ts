#!/usr/bin/env node
// The govtech-feeds command; its work is in main.ts (importable by tests without running it).
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
