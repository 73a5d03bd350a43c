import { makeStyles, Tab, TabList, Title2, ToggleButton, tokens } from "@fluentui/react-components";
import * as React from "react";
import { ConfirmReplaceDialog } from "./components/ConfirmReplaceDialog";
import { DataStep } from "./components/DataStep";
import { PrintStep } from "./components/PrintStep";
import { ResultsStep } from "./components/ResultsStep";
import { RulesStep } from "./components/RulesStep";
import { StartScreen } from "./components/StartScreen";
import { StatusBar } from "./components/StatusBar";
import type { Step } from "./session/sessionTypes";
import { useThiDuaSession, type SessionOptions } from "./session/useThiDuaSession";
import { say } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center" },
});

export type AppProps = SessionOptions;

const STEPS: readonly Step[] = ["data", "rules", "results", "print"];
const STEP_LABELS = { data: "stepData", rules: "stepRules", results: "stepResults", print: "stepPrint" } as const;

/** The pane: Data → Rules → Results → Print over one workbook host. */
export function App(props: AppProps) {
  const styles = useStyles();
  const [state, actions] = useThiDuaSession(props);
  const { language, analysis, contents } = state;
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title2 as="h1">{say("appTitle", language)}</Title2>
        <ToggleButton
          checked={language === "en"}
          onClick={() => actions.setLanguage(language === "vi" ? "en" : "vi")}
          lang={language === "vi" ? "en" : "vi"}
        >
          {say("language", language)}
        </ToggleButton>
      </header>
      <StatusBar status={state.status} language={language} onCancel={actions.cancel} />
      {!analysis && !state.host && (
        <StartScreen language={language} onOpenFile={actions.openFile} onUseSample={actions.openSample} />
      )}
      {analysis && contents && (
        <>
          <TabList
            selectedValue={state.step}
            onTabSelect={(_, data) => actions.setStep(data.value as Step)}
            aria-label={say("appTitle", language)}
          >
            {STEPS.map((step) => (
              <Tab key={step} value={step}>
                {say(STEP_LABELS[step], language)}
              </Tab>
            ))}
          </TabList>
          {state.step === "data" && (
            <DataStep
              analysis={analysis}
              sheetCount={contents.grids.length}
              language={language}
              onRefresh={actions.refresh}
              onSelectProblem={actions.selectProblem}
            />
          )}
          {state.step === "rules" && (
            <RulesStep
              profile={analysis.profile}
              fromWorkbook={analysis.profileSource === "workbook"}
              language={language}
              onChoose={actions.chooseProfile}
              onSave={actions.saveProfile}
            />
          )}
          {state.step === "results" && <ResultsStep analysis={analysis} language={language} />}
          {state.step === "print" && (
            <PrintStep
              analysis={analysis}
              language={language}
              today={props.today()}
              busy={state.status.kind === "working"}
              generatedSheets={state.generatedSheets}
              download={state.download}
              onGenerate={actions.generate}
            />
          )}
        </>
      )}
      <ConfirmReplaceDialog sheets={state.confirmReplace} language={language} onAnswer={actions.confirmReplace} />
    </main>
  );
}
