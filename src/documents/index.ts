export { buildBallotResults } from "./buildBallotResults";
export { buildDataCheck } from "./buildDataCheck";
export { buildDocuments, DOCUMENT_KINDS, type BuildDocumentsArgs } from "./buildDocuments";
export { buildLeaderProposal } from "./buildLeaderProposal";
export { buildNominationList } from "./buildNominationList";
export { buildScoreSummary } from "./buildScoreSummary";
export type { DocumentMeta } from "./documentMeta";
export { documentSheetName } from "./sheetName";
export type {
  CellStyle,
  DocumentKind,
  PageSetup,
  SheetSpec,
  SpecCell,
  SpecRange,
} from "./sheetSpec";
