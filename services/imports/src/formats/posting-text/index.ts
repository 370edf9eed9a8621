export { MAX_POSTING_TEXT_BYTES, OFFER_FIELDS, parsePostingText } from './parse-posting-text';
