import { localized, type Localized } from "../core/localized";
import type { BlocInput } from "../core/model";
import type { AwardRule, RuleProfile } from "../core/profile/types";
import type { BallotOutcome, BlocResult } from "../core/result";
import { compareVietnamese } from "../core/text";
import type { DocumentMeta } from "./documentMeta";
import { addHeaderBlock } from "./layout/addHeaderBlock";
import { addParagraph } from "./layout/addParagraph";
import { addSignatureBlock } from "./layout/addSignatureBlock";
import { addTable, type TableCell } from "./layout/addTable";
import { addTitle } from "./layout/addTitle";
import { ballotRuleText, quorumText } from "./layout/ballotRuleText";
import { finishSheet } from "./layout/finishSheet";
import { fitColumnWidths } from "./layout/fitColumnWidths";
import { orderByRank } from "./layout/orderByRank";
import { romanNumeral } from "./layout/romanNumeral";
import { createSheetDraft } from "./layout/sheetDraft";
import { capitals, say } from "./layout/say";
import { unitNamer } from "./layout/unitNamer";
import type { SheetSpec } from "./sheetSpec";

const COLUMN_COUNT = 6;

const TEXT = {
  title: (year: number) =>
    localized(`Kết quả bỏ phiếu bình xét thi đua năm ${year}`, `Ballot results, ${year}`),
  columns: [
    localized("STT", "No."),
    localized("Tên đơn vị", "Unit"),
    localized("Số phiếu đồng ý", "Votes in favour"),
    localized("Số thành viên (cơ sở tính tỷ lệ)", "Members (base of the share)"),
    localized("Tỷ lệ", "Share"),
    localized("Kết quả", "Result"),
  ],
  passed: localized("Đạt", "Passed"),
  failed: localized("Không đạt", "Not passed"),
  noQuorum: localized("Không đạt (không đủ số thành viên có mặt)", "Not passed (no quorum)"),
  none: localized("Không có kết quả bỏ phiếu.", "No ballot results."),
  needed: localized("Tỷ lệ cần đạt", "Needed to pass"),
  quorum: localized("Điều kiện hợp lệ của cuộc bỏ phiếu", "The ballot counts when"),
};

interface AwardGroup {
  readonly name: Localized;
  readonly threshold: number;
  readonly ballots: BallotOutcome[];
}

/** Ballots grouped by award, highest award first; awards the profile does not know come last. */
function groupByAward(ballots: readonly BallotOutcome[], profile: RuleProfile): AwardGroup[] {
  const known = (award: AwardRule): AwardGroup => ({
    name: award.name,
    threshold: award.voteThreshold ?? profile.ballot.threshold,
    ballots: ballots.filter((ballot) => ballot.awardId === award.id),
  });
  const unknownIds = [...new Set(ballots.map((ballot) => ballot.awardId))]
    .filter((id) => !profile.awards.some((award) => award.id === id))
    .sort(compareVietnamese);
  const unknown = unknownIds.map((id): AwardGroup => ({
    name: localized(id, id),
    threshold: profile.ballot.threshold,
    ballots: ballots.filter((ballot) => ballot.awardId === id),
  }));
  return [...profile.awards.map(known), ...unknown].filter((group) => group.ballots.length > 0);
}

/**
 * The ballot results (SPEC §5.3, *Kết quả bỏ phiếu*): per award, highest first, each candidate
 * in rank order with the votes in favour, the base, the share and "Đạt"/"Không đạt"; under the
 * table, the share each award needs and the quorum.
 */
export function buildBallotResults(
  result: BlocResult,
  input: BlocInput,
  profile: RuleProfile,
  meta: DocumentMeta
): SheetSpec {
  const language = meta.language;
  const name = unitNamer(result, input);
  const draft = createSheetDraft(fitColumnWidths([4, 28, 10, 12, 9, 14]));
  addHeaderBlock(draft, meta);
  addTitle(draft, say(TEXT.title(result.year), language), result.blocName);

  const groups = groupByAward(result.ballots, profile);
  const rows: TableCell[][] = [];
  groups.forEach((group, groupIndex) => {
    rows.push([
      {
        value: `${romanNumeral(groupIndex + 1)}. ${capitals(say(group.name, language))}`,
        span: COLUMN_COUNT,
        bold: true,
      },
    ]);
    orderByRank(group.ballots, (ballot) => ballot.unitId, result, name).forEach((ballot, index) => {
      const outcome = ballot.passed ? TEXT.passed : ballot.quorumMet ? TEXT.failed : TEXT.noQuorum;
      rows.push([
        { value: index + 1, align: "center", numberFormat: "0" },
        { value: name(ballot.unitId) },
        { value: ballot.votes, align: "center", numberFormat: "0" },
        { value: ballot.base, align: "center", numberFormat: "0" },
        { value: ballot.share, align: "center", numberFormat: "0.0%" },
        { value: say(outcome, language), align: "center", bold: ballot.passed },
      ]);
    });
  });
  if (rows.length === 0)
    rows.push([
      { value: say(TEXT.none, language), span: COLUMN_COUNT, align: "center", italic: true },
    ]);
  const table = addTable(draft, {
    columns: TEXT.columns.map((header) => ({ header: say(header, language) })),
    rows,
  });

  const needs = groups.map((group) =>
    say(ballotRuleText(group.threshold, profile.ballot), language)
  );
  if (needs.length > 0) {
    const sameForAll = needs.every((need) => need === needs[0]);
    const listed = sameForAll
      ? needs[0]!
      : groups.map((group, index) => `${say(group.name, language)}: ${needs[index]}`).join("; ");
    addParagraph(draft, `${say(TEXT.needed, language)}: ${listed}.`, {
      italic: true,
      fontSize: 12,
    });
  }
  const quorum = quorumText(profile.ballot);
  if (quorum !== null)
    addParagraph(draft, `${say(TEXT.quorum, language)}: ${say(quorum, language)}.`, {
      italic: true,
      fontSize: 12,
    });
  addSignatureBlock(draft, meta);
  return finishSheet(draft, {
    kind: "ballotResults",
    year: result.year,
    language,
    headerRow: table.headerRow,
  });
}
