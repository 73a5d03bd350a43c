import { Button, Checkbox, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, Title3, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { DOCUMENT_KINDS, documentSheetName, type DocumentKind, type DocumentMeta } from "../../documents";
import type { WorkbookAnalysis } from "../../job/analyzeWorkbook";
import { documentMetaFor } from "../../job/documentMetaFor";
import type { GenerateRequest } from "../session/sessionTypes";
import { say, type StringId } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  kinds: { display: "flex", flexDirection: "column" },
});

export interface PrintStepProps {
  readonly analysis: WorkbookAnalysis;
  readonly language: Language;
  readonly today: { year: number; month: number; day: number };
  readonly busy: boolean;
  readonly generatedSheets: readonly string[];
  readonly download: { readonly url: string; readonly fileName: string } | null;
  readonly onGenerate: (request: GenerateRequest) => void;
}

type MetaField = "agency" | "place" | "number" | "signerName" | "signerTitle";
const FIELDS: readonly MetaField[] = ["agency", "place", "number", "signerName", "signerTitle"];

function parseDate(text: string): DocumentMeta["date"] | null {
  const match = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { day, month, year } : null;
}

/** Which documents to print, the header and signature details, and generating the sheets. */
export function PrintStep(props: PrintStepProps) {
  const { analysis, language, today } = props;
  const styles = useStyles();
  const first = analysis.blocs[0];
  const defaults = first ? documentMetaFor(first.input, analysis.configuration.document, today, language) : null;
  const allowed: readonly DocumentKind[] = analysis.blocked ? ["dataCheck"] : DOCUMENT_KINDS;
  const [kinds, setKinds] = React.useState<ReadonlySet<DocumentKind>>(new Set(DOCUMENT_KINDS));
  const [fields, setFields] = React.useState<Partial<Record<MetaField, string>>>({});
  const [dateText, setDateText] = React.useState(`${today.day}/${today.month}/${today.year}`);
  const date = parseDate(dateText);
  if (!defaults) return <p>{say("noTables", language)}</p>;

  const toggle = (kind: DocumentKind, checked: boolean) =>
    setKinds((previous) => {
      const next = new Set(previous);
      if (checked) next.add(kind);
      else next.delete(kind);
      return next;
    });
  const chosen = allowed.filter((kind) => kinds.has(kind));
  const generate = () => {
    const meta: Partial<DocumentMeta> = { ...fields, ...(date ? { date } : {}) };
    props.onGenerate({ kinds: chosen, meta });
  };

  return (
    <section className={styles.root} aria-labelledby="print-title">
      <Title3 as="h2" id="print-title">
        {say("documents", language)}
      </Title3>
      {analysis.blocked && (
        <MessageBar intent="warning">
          <MessageBarBody>{say("onlyDataCheck", language)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.kinds} role="group" aria-label={say("documents", language)}>
        {allowed.map((kind) => (
          <Checkbox
            key={kind}
            label={documentSheetName(kind, analysis.year, language)}
            checked={kinds.has(kind)}
            onChange={(_, data) => toggle(kind, data.checked === true)}
          />
        ))}
      </div>
      {FIELDS.map((field) => (
        <Field key={field} label={say(field as StringId, language)}>
          <Input
            value={fields[field] ?? String(defaults[field] ?? "")}
            onChange={(_, data) => setFields((previous) => ({ ...previous, [field]: data.value }))}
          />
        </Field>
      ))}
      <Field
        label={say("date", language)}
        validationState={date ? "none" : "error"}
        validationMessage={date ? undefined : "dd/mm/yyyy"}
      >
        <Input value={dateText} onChange={(_, data) => setDateText(data.value)} />
      </Field>
      <Button appearance="primary" disabled={props.busy || chosen.length === 0 || !date} onClick={generate}>
        {say("generate", language)}
      </Button>
      {props.generatedSheets.length > 0 && (
        <div>
          <p>{say("generated", language)}</p>
          <ul>
            {props.generatedSheets.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      )}
      {props.download && (
        <Link href={props.download.url} download={props.download.fileName}>
          {say("download", language)}
        </Link>
      )}
    </section>
  );
}
