export { compareVietnamese } from "./compareVietnamese";
export { detectLegacyEncoding, type LegacyEncoding } from "./detectLegacyEncoding";
export { foldDiacritics } from "./foldDiacritics";
export { joinReasons } from "./joinReasons";
export { legacyEncodingDetector } from "./legacyEncodingDetector";
export { nameKey } from "./nameKey";
export { normalizeText } from "./normalizeText";
export { parseNumber } from "./parseNumber";
export { vietnameseComparator } from "./vietnameseComparator";
