import { headerKey } from "./headerKey";
import { prepareSynonyms, type PreparedSynonyms } from "./matchLabel";
import { tableKindDefinition, type TableKind } from "./tableKinds";

const cache = new Map<string, PreparedSynonyms>();

/** A field's header synonyms, reduced by `headerKey` and prepared for `matchLabel` (computed once). */
export function fieldSynonyms(kind: TableKind, fieldId: string): PreparedSynonyms {
  const cacheKey = `${kind}:${fieldId}`;
  let synonyms = cache.get(cacheKey);
  if (synonyms === undefined) {
    const field = tableKindDefinition(kind).fields.find((candidate) => candidate.id === fieldId);
    synonyms = prepareSynonyms((field?.synonyms ?? []).map((synonym) => headerKey(synonym)));
    cache.set(cacheKey, synonyms);
  }
  return synonyms;
}
