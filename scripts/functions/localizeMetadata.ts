/** The parts of a custom functions metadata file (functions.json) that carry texts. */
interface Metadata {
  readonly functions: ReadonlyArray<{
    readonly id: string;
    readonly description?: string;
    readonly parameters: ReadonlyArray<{ readonly name: string; readonly description?: string }>;
  }>;
}

/** A function's texts in another language: its description and each parameter's, by name. */
export interface FunctionTexts {
  readonly description: string;
  readonly parameters: Readonly<Record<string, string>>;
}

export interface LocalizedMetadata {
  /** The metadata with every description replaced, formatted as the generator formats it. */
  readonly json: string;
  /** What does not match: a function or parameter without a text, or a text for none. Empty when all match. */
  readonly mismatches: string[];
}

/**
 * Metadata for another language from the generated English metadata (`functions.json`): the
 * same functions, ids, parameters, types and help URLs, with the descriptions taken from
 * `texts` (keyed by function id and parameter name). The metadata plugin cannot localize, so
 * the build writes this as a locale override (functions-vi.json).
 */
export function localizeMetadata(
  metadataJson: string,
  texts: Readonly<Record<string, FunctionTexts>>
): LocalizedMetadata {
  const metadata = JSON.parse(metadataJson) as Metadata;
  const mismatches: string[] = [];
  const functions = metadata.functions.map((fn) => {
    const text = texts[fn.id];
    if (!text) {
      mismatches.push(`${fn.id}: no translated description`);
      return fn;
    }
    const parameters = fn.parameters.map((parameter) => {
      const description = text.parameters[parameter.name];
      if (description === undefined)
        mismatches.push(`${fn.id}(${parameter.name}): no translated description`);
      return { ...parameter, description: description ?? parameter.description };
    });
    for (const name of Object.keys(text.parameters)) {
      if (!fn.parameters.some((parameter) => parameter.name === name))
        mismatches.push(`${fn.id}(${name}): no such parameter`);
    }
    return { ...fn, description: text.description, parameters };
  });
  for (const id of Object.keys(texts)) {
    if (!metadata.functions.some((fn) => fn.id === id)) mismatches.push(`${id}: no such function`);
  }
  return { json: JSON.stringify({ ...metadata, functions }, null, 4), mismatches };
}
