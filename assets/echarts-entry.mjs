// The custom ECharts bundle: only what the indicator charts use (bar and line series, grid,
// tooltip, legend, aria; SVG renderer). Built by scripts/build-echarts.mjs into build/echarts/,
// copied to dist/echarts.js, and loaded by the app only on pages that show a chart.
import { use, init, dispose, getInstanceByDom } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);
window.echarts = { init, dispose, getInstanceByDom };
