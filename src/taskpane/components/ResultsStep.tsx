import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { gradeLabel } from "../../core/scoring";
import type { BlocAnalysis, WorkbookAnalysis } from "../../job/analyzeWorkbook";
import { say } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface ResultsStepProps {
  readonly analysis: WorkbookAnalysis;
  readonly language: Language;
}

/** Ranking, ballots, proposals with their reasons, and the leader proposal, for each bloc. */
export function ResultsStep({ analysis, language }: ResultsStepProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="results-title">
      <Title3 as="h2" id="results-title">
        {say("stepResults", language)} {analysis.year}
      </Title3>
      {analysis.blocked && (
        <MessageBar intent="error">
          <MessageBarBody>{say("blocked", language)}</MessageBarBody>
        </MessageBar>
      )}
      {analysis.blocs.map((bloc, index) => (
        <BlocResults key={index} bloc={bloc} analysis={analysis} language={language} />
      ))}
    </section>
  );
}

function BlocResults({ bloc, analysis, language }: { bloc: BlocAnalysis; analysis: WorkbookAnalysis; language: Language }) {
  const { result, input } = bloc;
  const nameOf = (id: string | null) => input.units.find((unit) => unit.id === id)?.name ?? "—";
  const awardName = (id: string | null) =>
    id === null ? say("none", language) : (analysis.profile.awards.find((a) => a.id === id)?.name[language] ?? id);
  const rotation = result.rotation;
  return (
    <article aria-label={input.blocName}>
      <h3>{input.blocName}</h3>
      <h4>{say("ranking", language)}</h4>
      <Table size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{say("rank", language)}</TableHeaderCell>
            <TableHeaderCell>{say("unit", language)}</TableHeaderCell>
            <TableHeaderCell>{say("total", language)}</TableHeaderCell>
            <TableHeaderCell>{say("grade", language)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.units.map((unit) => (
            <TableRow key={unit.unitId}>
              <TableCell>
                {unit.rank}
                {unit.tied ? ` (${say("tied", language)})` : ""}
              </TableCell>
              <TableCell>{unit.name}</TableCell>
              <TableCell>{unit.total.toLocaleString(language === "vi" ? "vi-VN" : "en-GB")}</TableCell>
              <TableCell>{gradeLabel(unit.grade)[language]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!analysis.blocked && (
        <>
          <h4>{say("ballots", language)}</h4>
          <Table size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{say("unit", language)}</TableHeaderCell>
                <TableHeaderCell>{say("award", language)}</TableHeaderCell>
                <TableHeaderCell>{say("votes", language)}</TableHeaderCell>
                <TableHeaderCell>{say("passed", language)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.ballots.map((ballot, index) => (
                <TableRow key={index}>
                  <TableCell>{nameOf(ballot.unitId)}</TableCell>
                  <TableCell>{awardName(ballot.awardId)}</TableCell>
                  <TableCell>
                    {ballot.votes}/{ballot.base} ({Math.round(ballot.share * 1000) / 10}%)
                  </TableCell>
                  <TableCell>{say(ballot.passed ? "passed" : "failed", language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <h4>{say("proposals", language)}</h4>
          <Table size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{say("unit", language)}</TableHeaderCell>
                <TableHeaderCell>{say("award", language)}</TableHeaderCell>
                <TableHeaderCell>{say("reason", language)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.nominations.map((nomination) => (
                <TableRow key={nomination.unitId}>
                  <TableCell>{nameOf(nomination.unitId)}</TableCell>
                  <TableCell>{awardName(nomination.awardId)}</TableCell>
                  <TableCell>{nomination.reasons.map((reason) => reason.message[language]).join(" · ")}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <h4>
            {say("leader", language)} {rotation.year}
          </h4>
          <p>
            {say("leader", language)}:{" "}
            <strong>{rotation.leaderUnitId ? nameOf(rotation.leaderUnitId) : say("forMeeting", language)}</strong>
            {rotation.deputyUnitId && (
              <>
                {" — "}
                {say("deputy", language)}: <strong>{nameOf(rotation.deputyUnitId)}</strong>
              </>
            )}
          </p>
          <ul>
            {rotation.reasons.map((reason, index) => (
              <li key={index}>{reason[language]}</li>
            ))}
          </ul>
          <details>
            <summary>{say("alternatives", language)}</summary>
            <ul>
              {rotation.alternatives.map((alternative) => (
                <li key={alternative.unitId}>
                  {nameOf(alternative.unitId)}: {alternative.reason[language]}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </article>
  );
}
