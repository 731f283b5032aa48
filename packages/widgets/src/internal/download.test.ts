import { expect } from '@open-wc/testing';
import { downloadFile } from './download.js';

describe('downloadFile', () => {
  it('clicks a link to an object URL of the content, with the file name, and revokes the URL after', async () => {
    const made: Array<{ url: string; blob: Blob }> = [];
    const revoked: string[] = [];
    const clicked: Array<{ href: string; download: string }> = [];
    const { createObjectURL, revokeObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    const realSetTimeout = window.setTimeout;
    const deferred: Array<() => void> = [];
    URL.createObjectURL = (blob: Blob) => {
      const url = createObjectURL.call(URL, blob);
      made.push({ url, blob });
      return url;
    };
    URL.revokeObjectURL = (url: string) => (revoked.push(url), revokeObjectURL.call(URL, url));
    window.setTimeout = ((run: () => void) => (deferred.push(run), 0)) as typeof window.setTimeout;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      downloadFile('agenda.ics', 'BEGIN:VCALENDAR', 'text/calendar;charset=utf-8');
      window.setTimeout = realSetTimeout;
      expect(made).to.have.length(1);
      expect(made[0]!.blob.type).to.equal('text/calendar;charset=utf-8');
      expect(await made[0]!.blob.text()).to.equal('BEGIN:VCALENDAR');
      expect(clicked).to.deep.equal([{ href: made[0]!.url, download: 'agenda.ics' }]);
      expect(revoked, 'not before the click’s task ends').to.deep.equal([]);
      deferred.forEach((run) => run());
      expect(revoked).to.deep.equal([made[0]!.url]);
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
      window.setTimeout = realSetTimeout;
    }
  });
});
