/** A comma-separated attribute (`kinds="panel, webinar"`) as its trimmed, non-empty items. */
export function parseList(value: string | null | undefined): string[] {
  return (
    value
      ?.split(',')
      .map((item) => item.trim())
      .filter(Boolean) ?? []
  );
}
