#!/usr/bin/env node
console.log('govtech-feeds: nothing yet');
