export declare const PLAYWRIGHT_DISABLED_FEATURES: string[]
export declare const BAOMING_DISABLED_FEATURES: string[]
export declare const SYSTEM_CHROMIUM_ARGS: string[]
export declare const SYSTEM_CHROMIUM_PATHS: string[]
export declare function playwrightChromium(): string | undefined
export declare function findBrowser(): { kind: 'playwright' | 'system'; path: string } | undefined
