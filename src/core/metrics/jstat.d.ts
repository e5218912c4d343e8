/** The few functions of jstat (https://jstat.github.io) the audit uses; the package ships no types. */
declare module 'jstat' {
  interface JStat {
    normal: { cdf(x: number, mean: number, sd: number): number; inv(p: number, mean: number, sd: number): number };
    studentt: { cdf(x: number, dof: number): number; inv(p: number, dof: number): number };
  }
  const jstat: { jStat: JStat };
  export default jstat;
}
