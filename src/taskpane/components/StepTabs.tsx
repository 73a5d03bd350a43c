import { Tab, TabList } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { Step } from "../session/sessionTypes";
import { say, type MessageId } from "../strings";

export const STEPS: readonly Step[] = ["data", "rules", "results", "print"];

const LABELS: Readonly<Record<Step, MessageId>> = {
  data: "stepData",
  rules: "stepRules",
  results: "stepResults",
  print: "stepPrint",
};

/** The id of a step's tab, which labels its panel. */
export function stepTabId(step: Step): string {
  return `thidua-tab-${step}`;
}

export interface StepTabsProps {
  readonly step: Step;
  readonly language: Language;
  readonly onSelect: (step: Step) => void;
}

/** The guided flow: Data → Rules → Results → Print, as tabs (arrow keys move between them). */
export function StepTabs({ step, language, onSelect }: StepTabsProps) {
  return (
    <TabList
      selectedValue={step}
      onTabSelect={(_, data) => onSelect(data.value as Step)}
      aria-label={say("steps", language)}
    >
      {STEPS.map((value, index) => (
        <Tab key={value} id={stepTabId(value)} value={value}>
          {`${index + 1}. ${say(LABELS[value], language)}`}
        </Tab>
      ))}
    </TabList>
  );
}
