/**
 * SVG to PNG with resvg, using only the Inter font files that ship in the
 * `@expo-google-fonts/inter` package, so text renders the same on every
 * machine whatever fonts it has installed.
 */
import {createRequire} from 'node:module'
import {Resvg} from '@resvg/resvg-js'

const require = createRequire(import.meta.url)

const fontFiles = [
  require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf')
]

/** Options of `svgToPng`. */
export interface PngOptions {
  /** Pixels per SVG unit (default 2, for sharp text on high-density screens). */
  scale?: number
}

/**
 * Render an SVG document as a PNG image.
 *
 * @example
 *   writeFileSync('cascade.png', svgToPng(cascadeDiagram(incident)))
 */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: {mode: 'zoom', value: options.scale ?? 2},
    background: '#ffffff',
    font: {
      fontFiles,
      loadSystemFonts: false,
      defaultFontFamily: 'Inter',
      sansSerifFamily: 'Inter'
    }
  })
  return resvg.render().asPng()
}
