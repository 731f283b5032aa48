// Requests: what a page with one video facade asks of YouTube, ours against the lite-youtube peers. The
// benchmark and its table are TypeScript (bench/browser/stream-requests.ts, Node side), loaded through the
// bench's Vite server.

/** Measures, prints the table, and returns the figures. */
export async function streamRequestBenchmarks({ server, browser }) {
  const { streamRequestBenchmarks: measure, printStreamRequests } = await server.ssrLoadModule('/bench/browser/stream-requests.ts');
  const requests = await measure(browser, process.cwd());
  printStreamRequests(requests);
  return requests;
}
