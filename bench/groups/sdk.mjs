// SDK: validate + index of the synthetic feeds, timed in the benchmark page (bench/browser/sdk.ts) as a
// ratio to a bare JSON.parse of the same bytes; here: its table.
import { mb, ms } from '../shared/format.mjs';

export function printSdk(rows) {
  console.log('\nSDK: validate + index, as a ratio to a bare JSON.parse of the same bytes (median of 15 runs)');
  console.log('benchmark'.padEnd(40), 'size'.padStart(9), 'JSON.parse'.padStart(11), 'validate+index'.padStart(15), 'spread'.padStart(17), 'ratio'.padStart(7));
  for (const row of rows) {
    console.log(
      row.name.padEnd(40),
      mb(row.bytes).padStart(9),
      ms(row.jsonParseMs).padStart(11),
      ms(row.totalMs.median).padStart(15),
      `${row.totalMs.min.toFixed(0)}–${row.totalMs.max.toFixed(0)} ms`.padStart(17),
      `${row.ratioToJsonParse.toFixed(1)}×`.padStart(7),
    );
    if (row.warnings) console.log(`  (${row.warnings} items dropped with warnings)`);
  }
}
