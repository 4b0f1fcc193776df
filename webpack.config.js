// Builds the add-in into dist/: taskpane.html, commands.html, outcome.html, help.html, assets and manifest.xml,
// and the browser preview (preview.html with the bundled example), which needs no Office.
// Production URLs come from ADDIN_URL (e.g. ADDIN_URL=https://cermat.bp3mi.go.id/ npm run build); without it the
// manifest keeps https://localhost:3000/ for sideloading. The task pane bundle must stay under 350 KB gzipped.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const MAX_TASKPANE_GZIP = 350 * 1024;

function addinUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^/]+/.test(url)) throw new Error(`ADDIN_URL must be an https:// address, got ${url}`);
  return url.endsWith('/') ? url : url + '/';
}

/** Prints each bundle's gzipped size and fails the build when the task pane passes the budget. */
class BundleSizePlugin {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('BundleSizePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'BundleSizePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
      for (const [name, asset] of Object.entries(assets)) {
        if (!name.endsWith('.js')) continue;
        const gz = zlib.gzipSync(asset.source()).length;
        console.log(`bundle ${name}: ${(asset.size() / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzipped`);
        if (name.startsWith('taskpane') && gz > MAX_TASKPANE_GZIP) {
          compilation.errors.push(new Error(`${name} is ${(gz / 1024).toFixed(0)} KB gzipped, over the 350 KB budget`));
        }
      }
      });
    });
  }
}

/**
 * https for the dev server: office-addin-dev-certs makes a localhost certificate and trusts its CA (Office needs a
 * trusted one). Where trusting fails (Linux without sudo), the generated certificate is still used — fine for the
 * browser preview after accepting the warning once — and the reason is printed.
 */
async function httpsServer() {
  const devCerts = require('office-addin-dev-certs');
  try {
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (e) {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const [key, cert] = ['localhost.key', 'localhost.crt'].map((f) => path.join(dir, f));
    console.warn(`Development certificate not trusted (${e.message.split('\n')[0]}); the browser will ask to accept it.`);
    if (fs.existsSync(key) && fs.existsSync(cert)) return { type: 'https', options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert) } };
    return 'https';
  }
}

const MinimizerPlugin = require('minimizer-webpack-plugin');

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const url = addinUrl();
  const config = {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    // esbuild minifies the production bundles (terser took most of the build's CPU, which `npm test` pays beside the
    // other tests); the bundle stays within its size budget (see the build test).
    optimization: dev ? {} : { minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.esbuildMinify })] },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/commands/outcome.html', to: 'outcome.html' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'examples/lkj-dki-jakarta-2025.xlsx', to: 'example.xlsx' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // AppDomain is an origin; every other URL gets the full base address.
            transform: (content) =>
              content
                .toString()
                .replaceAll(`<AppDomain>${DEV_URL.slice(0, -1)}</AppDomain>`, `<AppDomain>${new URL(url).origin}</AppDomain>`)
                .replaceAll(DEV_URL, url),
          },
        ],
      }),
      ...(dev ? [] : [new BundleSizePlugin()]),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      port: 3000,
      hot: false,
      onListening: (server) => {
        const scheme = config.devServer.server ? 'https' : 'http';
        console.log(`Cermat: ${scheme}://localhost:${server.server.address().port}/preview.html (pratinjau) · taskpane.html (Excel)`);
      },
    },
  };
  if (dev && process.env.CERMAT_HTTP !== '1' && process.argv.includes('serve')) config.devServer.server = await httpsServer();
  return config;
};
