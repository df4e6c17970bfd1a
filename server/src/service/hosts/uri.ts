/** The file name in a document URI, as hosts recognise their documents by it. */

/** The file name of a URI: without query or fragment, percent-decoded (kept raw when malformed). */
export function fileName(uri: string): string {
  const path = uri.split(/[?#]/, 1)[0] ?? uri;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
