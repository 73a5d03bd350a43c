/**
 * `read` remembering its answer for each text it is given. For one pass over sheets that repeat
 * their texts (unit names, award names, grades): make one per pass, and let it go with the pass.
 */
export function memoized<T>(read: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) {
      return answers.get(text) as T;
    }
    const answer = read(text);
    answers.set(text, answer);
    return answer;
  };
}
