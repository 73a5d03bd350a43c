import { makeStyles, Title2, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { WorkbookHost } from "../hosts/host";
import { ConfirmReplaceDialog } from "./components/ConfirmReplaceDialog";
import { DataStep } from "./components/DataStep";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { PrintStep } from "./components/PrintStep";
import { ResultsStep } from "./components/ResultsStep";
import { RulesStep, type ProfileState } from "./components/RulesStep";
import { StartScreen } from "./components/StartScreen";
import { StatusBar } from "./components/StatusBar";
import { StepTabs, stepTabId } from "./components/StepTabs";
import type { SessionServices, SessionState } from "./session/sessionTypes";
import { useThiDuaSession } from "./session/useThiDuaSession";
import { say } from "./strings";

const usePaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
  },
});

export interface PaneProps {
  /** Excel's host; null in a plain browser, where the user opens a file. */
  readonly host: WorkbookHost | null;
  readonly services: SessionServices;
}

function profileState(state: SessionState): ProfileState {
  if (state.profile !== null) return "unsaved";
  return state.analysis?.profileSource === "workbook" ? "workbook" : "preset";
}

/** The pane: a header, the live status, then (once a workbook is read) the four steps. */
export function Pane({ host, services }: PaneProps) {
  const styles = usePaneStyles();
  const [state, actions] = useThiDuaSession(host, services);
  const { language, analysis, contents, step } = state;
  const busy = state.status.kind === "working";
  const canSelectCells = typeof state.host?.selectCell === "function";
  return (
    <main className={styles.root} lang={language}>
      <header className={styles.header}>
        <Title2 as="h1">{say("appTitle", language)}</Title2>
        <LanguageSwitch language={language} onChange={actions.setLanguage} />
      </header>
      {host === null && (
        <StartScreen
          language={language}
          busy={busy}
          fileName={analysis ? state.fileName : null}
          onOpenFile={actions.openFile}
          onUseSample={actions.openSample}
        />
      )}
      <StatusBar
        status={state.status}
        language={language}
        onCancel={actions.cancel}
        onRefresh={actions.refresh}
      />
      {analysis && contents && (
        <>
          <StepTabs step={step} language={language} onSelect={actions.setStep} />
          <div role="tabpanel" aria-labelledby={stepTabId(step)}>
            {step === "data" && (
              <DataStep
                analysis={analysis}
                contents={contents}
                language={language}
                canSelectCells={canSelectCells}
                mappingChanged={state.mapping !== null}
                busy={busy}
                onRefresh={actions.refresh}
                onOverride={actions.overrideMapping}
                onSave={actions.saveConfiguration}
                onSelectProblem={actions.selectProblem}
              />
            )}
            {step === "rules" && (
              <RulesStep
                profile={analysis.profile}
                state={profileState(state)}
                language={language}
                busy={busy}
                onChange={actions.chooseProfile}
                onSave={actions.saveConfiguration}
              />
            )}
            {step === "results" && (
              <ResultsStep
                analysis={analysis}
                language={language}
                canSelectCells={canSelectCells}
                onSelectProblem={actions.selectProblem}
              />
            )}
            {step === "print" && (
              <PrintStep
                analysis={analysis}
                form={state.print}
                language={language}
                today={services.today()}
                busy={busy}
                generation={state.generation}
                onChange={actions.updatePrint}
                onGenerate={actions.generate}
              />
            )}
          </div>
        </>
      )}
      <ConfirmReplaceDialog
        sheets={state.confirmReplace}
        language={language}
        onAnswer={actions.answerReplace}
      />
    </main>
  );
}
