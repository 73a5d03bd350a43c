export { blockingReasons } from "./blockingReasons";
export { nominate, type NominateArgs } from "./nominate";
