export { rankEq } from "./rankEq";
export {
  rankByKeys,
  rankUnits,
  type RankEntry,
  type RankedEntry,
  type RankKeys,
  type RankOrder,
} from "./rankUnits";
