export { proposeLeader, type ProposeLeaderArgs } from "./proposeLeader";
