// Only the ECharts parts the statistics use (bar and line charts on a canvas): the full library is ~1 MB. This module
// is imported by the statistics page only, so it is loaded with that lazy route and never on the console's first load.
import { use, init, type ComposeOption, type ECharts } from 'echarts/core'
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts'
import {
  GridComponent, LegendComponent, TooltipComponent, DatasetComponent, type GridComponentOption,
  type LegendComponentOption, type TooltipComponentOption,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, DatasetComponent, CanvasRenderer])

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption
  | TooltipComponentOption>
export { init, type ECharts }
