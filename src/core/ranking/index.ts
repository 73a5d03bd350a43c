export { rankEq } from "./rankEq";
export { rankUnits, type RankEntry, type RankedEntry } from "./rankUnits";
