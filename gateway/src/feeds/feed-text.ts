/*
 * What the stored offers may hold is not trusted to be fit for XML: a control character
 * written before writes refused them, a `]]>` that would end the feed library's CDATA
 * section early, markup in what is plain text.
 */

/** Characters XML 1.0 cannot carry at all (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF), and DEL. */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text XML can carry: what it cannot is dropped. */
export function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/**
 * Plain text as HTML, for the elements the feed library declares `type="html"` (Atom's
 * title and content) or that readers read as HTML (RSS's description and content:encoded):
 * markup arrives as text (`<script>` as `&lt;script&gt;`), line breaks as `<br>`.
 */
export function htmlOfText(text: string): string {
  return xmlText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n?|\n/g, '<br>');
}
