import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { localized, type Language } from "../../core/localized";
import type { Problem } from "../../core/problem";
import type { RuleProfile } from "../../core/profile/types";
import type { WorkbookContents, WorkbookHost } from "../../hosts/host";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../job/analyzeWorkbook";
import { serializeConfiguration } from "../../job/configuration";
import { generateSheets } from "../../job/generateSheets";
import { planGeneration } from "../../job/planGeneration";
import { fingerprintGrid } from "../../job/sheetFingerprint";
import { STRINGS } from "../strings";
import { openWorkbookFile, type FileHost } from "./openWorkbookFile";
import type { GenerateRequest, SessionActions, SessionState, Status } from "./sessionTypes";

export interface SessionOptions {
  /** The host inside Excel; null in a plain browser, where the user opens a file. */
  readonly host: WorkbookHost | null;
  /** Today's date: an input, so tests are deterministic. */
  readonly today: () => { year: number; month: number; day: number };
  /** Fetches the bundled sample workbook (standalone page only). */
  readonly fetchSample: () => Promise<Uint8Array>;
  /** Makes a download link for the result (standalone page only). */
  readonly makeDownloadUrl: (bytes: Uint8Array) => string;
}

const IDLE: Status = { kind: "idle" };

function contentsFingerprint(contents: WorkbookContents): string {
  return contents.grids.map((grid) => `${grid.sheetName}:${fingerprintGrid(grid)}`).join("|");
}

function messageOf(error: unknown): Status {
  if (typeof error === "object" && error !== null && "text" in error) {
    const text = (error as { text: unknown }).text;
    if (typeof text === "object" && text !== null && "vi" in text && "en" in text) {
      return { kind: "error", message: text as { vi: string; en: string } };
    }
  }
  return { kind: "error", message: localized(`Lỗi: ${String(error)}`, `Error: ${String(error)}`) };
}

/**
 * The pane's state and every user action, over one host. Each action is one host call where it
 * can be: reading is `readWorkbook()`, generating is one re-read, then one write of the sheets
 * and one of the configuration. Components only render this state and call these actions.
 */
export function useThiDuaSession(options: SessionOptions): [SessionState, SessionActions] {
  const [state, setState] = useState<SessionState>({
    host: options.host,
    fileName: null,
    contents: null,
    analysis: null,
    profile: null,
    language: "vi",
    step: "data",
    status: IDLE,
    confirmReplace: null,
    generatedSheets: [],
    download: null,
  });
  const latest = useRef(state);
  latest.current = state;
  // Options may be a new object on every render; read them through a ref so actions stay stable.
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const cancelled = useRef(false);
  const pending = useRef<GenerateRequest | null>(null);

  const update = useCallback((change: Partial<SessionState>) => {
    setState((previous) => {
      const next = { ...previous, ...change };
      latest.current = next;
      return next;
    });
  }, []);

  const analyze = useCallback(
    (contents: WorkbookContents, profile: RuleProfile | null): WorkbookAnalysis =>
      analyzeWorkbook(contents, {
        profile: profile ?? undefined,
        today: optionsRef.current.today(),
      }),
    []
  );

  const load = useCallback(
    async (host: WorkbookHost, fileName: string | null) => {
      update({
        host,
        fileName,
        status: { kind: "working", message: STRINGS.loading, cancellable: false },
      });
      try {
        const contents = await host.readWorkbook();
        const analysis = analyze(contents, latest.current.profile);
        update({ contents, analysis, status: IDLE, generatedSheets: [], download: null });
      } catch (error) {
        update({ status: messageOf(error) });
      }
    },
    [analyze, update]
  );

  // Inside Excel the workbook is there from the start: read it once when the pane opens.
  const initialHost = options.host;
  useEffect(() => {
    if (initialHost) void load(initialHost, null);
  }, [initialHost, load]);

  const actions = useMemo<SessionActions>(() => {
    const openBytes = async (bytes: Uint8Array, fileName: string) => {
      update({ status: { kind: "working", message: STRINGS.loading, cancellable: false } });
      const opened = await openWorkbookFile(bytes);
      if (!opened.ok) {
        update({ status: { kind: "error", message: opened.error } });
        return;
      }
      await load(opened.value, fileName);
    };

    const write = async (request: GenerateRequest) => {
      const { host, analysis, contents } = latest.current;
      if (!host || !analysis || !contents) return;
      const today = optionsRef.current.today();
      const specs = generateSheets(analysis, {
        today,
        language: latest.current.language,
        ...request,
      });
      const plan = planGeneration(specs, contents, {
        ...analysis.configuration,
        profile: analysis.profile,
        mapping: analysis.mapping,
      });
      if (plan.clashes.length > 0) {
        const names = plan.clashes.join(", ");
        update({
          status: {
            kind: "error",
            message: localized(`${STRINGS.clashes.vi} ${names}`, `${STRINGS.clashes.en} ${names}`),
          },
        });
        return;
      }
      if (plan.edited.length > 0 && pending.current !== request) {
        pending.current = request;
        update({ confirmReplace: plan.edited, status: IDLE });
        return;
      }
      pending.current = null;
      if (cancelled.current) {
        update({ status: { kind: "info", message: STRINGS.cancelled } });
        return;
      }
      update({ status: { kind: "working", message: STRINGS.generating, cancellable: false } });
      const warnings = await host.writeSheets(specs);
      await host.writeConfiguration(serializeConfiguration(plan.configuration));
      const written = specs.map((spec) => spec.name);
      let download: SessionState["download"] = null;
      if ("toBuffer" in host) {
        const bytes = await (host as FileHost).toBuffer();
        const base = (latest.current.fileName ?? "thidua").replace(/\.xlsx$/i, "");
        download = {
          url: optionsRef.current.makeDownloadUrl(bytes),
          fileName: `${base}-thidua.xlsx`,
        };
      }
      const refreshed = await host.readWorkbook();
      update({
        contents: refreshed,
        analysis: analyze(refreshed, latest.current.profile),
        generatedSheets: written,
        download,
        status: warnings[0] ? { kind: "info", message: warnings[0] } : IDLE,
      });
    };

    return {
      openFile: (bytes, fileName) => openBytes(bytes, fileName),
      openSample: async () => {
        update({ status: { kind: "working", message: STRINGS.loading, cancellable: false } });
        try {
          await openBytes(await optionsRef.current.fetchSample(), "seed-2018.xlsx");
        } catch (error) {
          update({ status: messageOf(error) });
        }
      },
      refresh: async () => {
        const { host, fileName } = latest.current;
        if (host) await load(host, fileName);
      },
      chooseProfile: (profile) => {
        const { contents } = latest.current;
        update({ profile, analysis: contents ? analyze(contents, profile) : null });
      },
      saveProfile: async () => {
        const { host, analysis } = latest.current;
        if (!host || !analysis) return;
        try {
          await host.writeConfiguration(
            serializeConfiguration({
              ...analysis.configuration,
              profile: analysis.profile,
              mapping: analysis.mapping,
            })
          );
          await load(host, latest.current.fileName);
          update({ status: { kind: "info", message: STRINGS.rulesSaved } });
        } catch (error) {
          update({ status: messageOf(error) });
        }
      },
      setLanguage: (language: Language) => update({ language }),
      setStep: (step) => update({ step }),
      selectProblem: async (problem: Problem) => {
        const { host } = latest.current;
        if (host?.selectCell && problem.location?.cell) {
          await host
            .selectCell(problem.location.sheet, problem.location.cell)
            .catch(() => undefined);
        }
      },
      generate: async (request) => {
        const { host, contents } = latest.current;
        if (!host || !contents) return;
        cancelled.current = false;
        update({
          status: { kind: "working", message: STRINGS.generating, cancellable: true },
          download: null,
        });
        try {
          // Co-authoring: decide only on the data the user has seen.
          const fresh = await host.readWorkbook();
          if (contentsFingerprint(fresh) !== contentsFingerprint(contents)) {
            update({ status: { kind: "error", message: STRINGS.coauthorChanged } });
            return;
          }
          update({ contents: fresh });
          await write(request);
        } catch (error) {
          update({ status: messageOf(error) });
        }
      },
      confirmReplace: async (accept) => {
        const request = pending.current;
        update({ confirmReplace: null });
        if (!accept || !request) {
          pending.current = null;
          update({ status: { kind: "info", message: STRINGS.cancelled } });
          return;
        }
        try {
          await write(request);
        } catch (error) {
          update({ status: messageOf(error) });
        }
      },
      cancel: () => {
        cancelled.current = true;
        pending.current = null;
        update({ confirmReplace: null, status: { kind: "info", message: STRINGS.cancelled } });
      },
    };
  }, [analyze, load, update]);

  return [state, actions];
}
