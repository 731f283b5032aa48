/**
 * Hands `content` to the visitor as a file named `name` (an .ics, a CSV): a Blob behind a temporary
 * object URL, clicked through a detached link. The URL is revoked after the click's task, once the
 * browser has started the download.
 */
export function downloadFile(name: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}
