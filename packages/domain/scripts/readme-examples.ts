/** The TypeScript examples of a README that import the package: each must run as written. */
export function runnableExamples(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? "")
    .filter((code) => code.includes('from "@wuye/domain"'));
}
