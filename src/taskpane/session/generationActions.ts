import { localized, type Localized } from "../../core/localized";
import type { WorkbookContents, WorkbookHost } from "../../hosts/host";
import type { WorkbookAnalysis } from "../../job/analyzeWorkbook";
import { allowedDocuments } from "../print/allowedDocuments";
import { STRINGS } from "../strings";
import { errorMessage } from "./errorMessage";
import { prepareGeneration, type PreparedGeneration } from "./prepareGeneration";
import { printRequest } from "./printRequest";
import { failed, IDLE, working } from "./sessionStatus";
import type { FileHost, SessionActions, SessionServices, SessionState } from "./sessionTypes";

type Ready = Extract<PreparedGeneration, { kind: "ready" }>;

/** What the generation actions share with the rest of the session. */
export interface GenerationContext {
  /** The state as of now (actions continue after awaits). */
  readonly state: () => SessionState;
  readonly update: (change: Partial<SessionState>) => void;
  readonly services: () => SessionServices;
  /** The analysis of contents with the workbook's own profile and mapping. */
  readonly analyze: (contents: WorkbookContents) => WorkbookAnalysis;
}

function isFileHost(host: WorkbookHost): host is FileHost {
  return typeof (host as Partial<FileHost>).toBuffer === "function";
}

/** Lets the browser handle a pending click (Cancel) before the next step. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Generating the printable sheets: re-read the workbook (co-authors may have changed it), build
 * and plan the sheets, ask before replacing edited ones, then write them and the configuration in
 * one call. Cancel works until the write starts; before it nothing is written.
 */
export function generationActions(
  context: GenerationContext
): Pick<SessionActions, "generate" | "answerReplace" | "cancel"> {
  // Each generation takes a ticket; Cancel (or a newer generation) invalidates it.
  let ticket = 0;
  let pending: { ticket: number; ready: Ready } | null = null;

  const write = async (ready: Ready) => {
    const host = context.state().host;
    if (!host) return;
    context.update({ status: working(STRINGS.writing, 0.75) });
    try {
      // The sheets and the record of them (configuration) go in one batch: one sync in Excel.
      const warnings: readonly Localized[] = await host.writeSheets(ready.specs, {
        configurationJson: ready.configurationJson,
      });
      let download = null;
      if (isFileHost(host)) {
        const bytes = await host.toBuffer();
        const previous = context.state().generation?.download;
        if (previous) context.services().releaseDownloadUrl(previous.url);
        const base = (context.state().fileName ?? "thidua.xlsx").replace(/\.xlsx$/i, "");
        download = {
          url: context.services().createDownloadUrl(bytes),
          fileName: `${base}-thidua.xlsx`,
        };
      }
      // What was just stored is now the workbook's: the profile, mapping and defaults are saved.
      const contents = { ...ready.contents, configurationJson: ready.configurationJson };
      const names = ready.specs.map((spec) => spec.name).join(", ");
      context.update({
        contents,
        profile: null,
        mapping: null,
        analysis: context.analyze(contents),
        generation: { sheets: ready.specs.map((spec) => spec.name), warnings, download },
        status: {
          kind: "success",
          message: localized(
            `${STRINGS.generated.vi} ${names}.`,
            `${STRINGS.generated.en} ${names}.`
          ),
        },
      });
    } catch (error) {
      context.update({ status: failed(errorMessage(error)) });
    }
  };

  const generate = async () => {
    const { host, contents, analysis, print, language } = context.state();
    if (!host || !contents || !analysis) return;
    const request = printRequest(
      print,
      allowedDocuments(analysis),
      context.services().today(),
      language
    );
    if (request === null || request.kinds.length === 0) return;
    const mine = ++ticket;
    const stillMine = () => ticket === mine;
    context.update({ status: working(STRINGS.rereading, 0.25, true), confirmReplace: null });
    try {
      // Co-authoring: decide only on the data the user has seen.
      const fresh = await host.readWorkbook();
      if (!stillMine()) return;
      context.update({ status: working(STRINGS.building, 0.5, true) });
      await nextTurn();
      if (!stillMine()) return;
      const prepared = prepareGeneration(fresh, { contents, analysis }, request);
      if (prepared.kind === "changed") {
        context.update({ status: failed(STRINGS.coauthorChanged, true) });
        return;
      }
      if (prepared.kind === "clashes") {
        const names = prepared.names.join(", ");
        context.update({
          status: failed(
            localized(`${STRINGS.clashes.vi} ${names}.`, `${STRINGS.clashes.en} ${names}.`)
          ),
        });
        return;
      }
      if (prepared.plan.edited.length > 0) {
        pending = { ticket: mine, ready: prepared };
        context.update({ confirmReplace: prepared.plan.edited, status: IDLE });
        return;
      }
      await nextTurn();
      if (!stillMine()) return;
      await write(prepared);
    } catch (error) {
      if (stillMine()) context.update({ status: failed(errorMessage(error)) });
    }
  };

  const answerReplace = async (replace: boolean) => {
    const waiting = pending;
    pending = null;
    context.update({ confirmReplace: null });
    if (!waiting || waiting.ticket !== ticket) return;
    if (!replace) {
      ticket++;
      context.update({ status: { kind: "info", message: STRINGS.cancelled } });
      return;
    }
    await write(waiting.ready);
  };

  const cancel = () => {
    const status = context.state().status;
    if (status.kind === "working" && !status.cancellable) return;
    ticket++;
    pending = null;
    context.update({ confirmReplace: null, status: { kind: "info", message: STRINGS.cancelled } });
  };

  return { generate, answerReplace, cancel };
}
