import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RuleProfile } from "../../core/profile/types";
import { DOCUMENT_KINDS } from "../../documents";
import type { WorkbookContents, WorkbookHost } from "../../hosts/host";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../job/analyzeWorkbook";
import { serializeConfiguration } from "../../job/configuration";
import { applyOverride, type WorkbookMapping } from "../../sheets";
import { formatDateText } from "../print/parseDateText";
import { STRINGS } from "../strings";
import { errorMessage } from "./errorMessage";
import { generationActions } from "./generationActions";
import { readFileBytes } from "./readFileBytes";
import { failed, IDLE, working } from "./sessionStatus";
import type { SessionActions, SessionServices, SessionState } from "./sessionTypes";

/** A mapping the user corrected still applies while every sheet it names is there. */
function keptMapping(
  mapping: WorkbookMapping | null,
  contents: WorkbookContents
): WorkbookMapping | null {
  if (mapping === null) return null;
  const names = new Set(contents.grids.map((grid) => grid.sheetName));
  return mapping.tables.every((table) => names.has(table.sheetName)) ? mapping : null;
}

function initialState(host: WorkbookHost | null, services: SessionServices): SessionState {
  return {
    host,
    fileName: null,
    contents: null,
    analysis: null,
    mapping: null,
    profile: null,
    language: "vi",
    step: "data",
    status: host ? working(STRINGS.reading, 0.3) : IDLE,
    print: { kinds: DOCUMENT_KINDS, fields: {}, dateText: formatDateText(services.today()) },
    confirmReplace: null,
    generation: null,
  };
}

/**
 * The pane's state and every user action, over one workbook host. Each action is one host call
 * where it can be: reading is `readWorkbook()`; saving the rules is `writeConfiguration()`;
 * generating re-reads the workbook, then writes the sheets and the configuration in one
 * `writeSheets()` (see `generationActions`). Components render this
 * state and call these actions; none of them talks to a host.
 */
export function useThiDuaSession(
  host: WorkbookHost | null,
  services: SessionServices
): [SessionState, SessionActions] {
  const [state, setState] = useState<SessionState>(() => initialState(host, services));
  // The latest state, for actions that continue after an await.
  const latest = useRef(state);
  const servicesRef = useRef(services);
  servicesRef.current = services;

  const update = useCallback((change: Partial<SessionState>) => {
    latest.current = { ...latest.current, ...change };
    setState(latest.current);
  }, []);

  const analyze = useCallback(
    (
      contents: WorkbookContents,
      profile: RuleProfile | null,
      mapping: WorkbookMapping | null
    ): WorkbookAnalysis =>
      analyzeWorkbook(contents, {
        profile: profile ?? undefined,
        mapping: mapping ?? undefined,
        today: servicesRef.current.today(),
      }),
    []
  );

  /** Reads the workbook (one host call) and analyses it; `keep` keeps the user's unsaved choices. */
  const load = useCallback(
    async (target: WorkbookHost, fileName: string | null, keep: boolean) => {
      update({ status: working(STRINGS.reading, 0.3) });
      try {
        const contents = await target.readWorkbook();
        const profile = keep ? latest.current.profile : null;
        const mapping = keep ? keptMapping(latest.current.mapping, contents) : null;
        update({
          host: target,
          fileName,
          contents,
          profile,
          mapping,
          analysis: analyze(contents, profile, mapping),
          status: IDLE,
          ...(keep ? {} : { step: "data" as const, generation: null }),
        });
      } catch (error) {
        update({ status: failed(errorMessage(error)) });
      }
    },
    [analyze, update]
  );

  useEffect(() => {
    if (host) void load(host, null, false);
  }, [host, load]);

  const actions = useMemo<SessionActions>(() => {
    const openBytes = async (bytes: Uint8Array, fileName: string) => {
      update({ status: working(STRINGS.reading, 0.2) });
      try {
        const opened = await servicesRef.current.openWorkbook(bytes);
        if (!opened.ok) {
          update({ status: failed(opened.error) });
          return;
        }
        await load(opened.value, fileName, false);
      } catch (error) {
        update({ status: failed(errorMessage(error)) });
      }
    };

    const reanalyze = (profile: RuleProfile | null, mapping: WorkbookMapping | null) => {
      const { contents } = latest.current;
      if (!contents) return;
      update({ profile, mapping, analysis: analyze(contents, profile, mapping), status: IDLE });
    };

    return {
      openFile: async (file) => {
        let bytes: Uint8Array;
        try {
          bytes = await readFileBytes(file);
        } catch {
          update({ status: failed(STRINGS.unreadableFile) });
          return;
        }
        await openBytes(bytes, file.name);
      },
      openSample: async () => {
        update({ status: working(STRINGS.reading, 0.1) });
        let bytes: Uint8Array;
        try {
          bytes = await servicesRef.current.fetchSample();
        } catch {
          update({ status: failed(STRINGS.sampleUnavailable) });
          return;
        }
        await openBytes(bytes, "seed-2018.xlsx");
      },
      refresh: async () => {
        const { host: target, fileName } = latest.current;
        if (target) await load(target, fileName, true);
      },
      overrideMapping: (override) => {
        const { analysis, contents, profile } = latest.current;
        if (!analysis || !contents) return;
        reanalyze(profile, applyOverride(analysis.mapping, override, contents.grids));
      },
      chooseProfile: (profile) => reanalyze(profile, latest.current.mapping),
      saveConfiguration: async () => {
        const { host: target, analysis, contents } = latest.current;
        if (!target || !analysis || !contents) return;
        const json = serializeConfiguration({
          ...analysis.configuration,
          profile: analysis.profile,
          mapping: analysis.mapping,
        });
        update({ status: working(STRINGS.saving, 0.5) });
        try {
          await target.writeConfiguration(json);
          const saved = { ...contents, configurationJson: json };
          update({
            contents: saved,
            profile: null,
            mapping: null,
            analysis: analyze(saved, null, null),
            status: { kind: "success", message: STRINGS.rulesSaved },
          });
        } catch (error) {
          update({ status: failed(errorMessage(error)) });
        }
      },
      setLanguage: (language) => update({ language }),
      setStep: (step) => update({ step }),
      selectProblem: async (problem) => {
        const target = latest.current.host;
        const location = problem.location;
        if (!target?.selectCell || !location?.cell) return;
        try {
          await target.selectCell(location.sheet, location.cell);
        } catch (error) {
          update({ status: failed(errorMessage(error)) });
        }
      },
      updatePrint: (change) => update({ print: { ...latest.current.print, ...change } }),
      ...generationActions({
        state: () => latest.current,
        update,
        services: () => servicesRef.current,
        analyze: (contents) => analyze(contents, null, null),
      }),
    };
  }, [analyze, load, update]);

  return [state, actions];
}
