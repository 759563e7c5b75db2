#!/usr/bin/env bash
# Makes a fresh machine ready to build, run and test the site. Idempotent and quick when
# everything is already there: each phase checks first and prints how long it took.
#
# Installs: the wasm32 target; trunk 0.21.14; wasm-bindgen-cli at exactly the version in
# Cargo.lock; Debian's chromium, chromium-driver, PostgreSQL and a Java 17 runtime (for the Nu
# HTML checker); Debian's libreoffice-calc (the data tool's test re-saves a workbook with it;
# measured on a fresh Debian 12: 59 packages, 94 MB to download, 296 MB on disk, about 1.5 min);
# the npm packages locked in package-lock.json (binaryen's wasm-opt, echarts, esbuild,
# playwright-core, axe-core, vnu-jar). Java comes before npm: vnu-jar's install script, where
# npm runs it, uses the system Java instead of downloading one. Schemathesis 4.32.5 from PyPI in
# its own virtualenv, .tools/schemathesis (the API fuzzing). Frictionless 5.21.0 from PyPI in
# its own virtualenv, .tools/frictionless (the reference validator of the data packages).
#
# Respects CARGO_INSTALL_ROOT (tools go to $CARGO_INSTALL_ROOT/bin, else ~/.cargo/bin).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BIN_DIR="${CARGO_INSTALL_ROOT:-$HOME/.cargo}/bin"
export PATH="$BIN_DIR:$PWD/node_modules/.bin:$PATH"

phase_start=0
phase() { phase_start=$(date +%s); printf '==> %s\n' "$1"; }
done_phase() { printf '    %s (%ss)\n' "$1" "$(( $(date +%s) - phase_start ))"; }

# Tools are built without optimisation: they mostly start other programs, and a debug build
# installs in a third of the time (measured: trunk 2m21s debug on 2 cores vs about 15 min).
install_tool() { # crate version [extra cargo args...]
    local crate=$1 version=$2; shift 2
    cargo install --debug --version "$version" "$@" "$crate"
}

phase "system packages (chromium, chromium-driver, postgresql, java, libreoffice-calc)"
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
command -v soffice >/dev/null || missing+=(libreoffice-calc)
if ((${#missing[@]})); then
    SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    done_phase "installed ${missing[*]}"
else
    done_phase "already installed"
fi

phase "rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    done_phase "already installed"
else
    rustup target add wasm32-unknown-unknown
    done_phase "installed"
fi

phase "trunk $TRUNK_VERSION"
if [[ "$(trunk --version 2>/dev/null || true)" == "trunk $TRUNK_VERSION" ]]; then
    done_phase "already installed"
else
    install_tool trunk "$TRUNK_VERSION" --locked
    done_phase "installed"
fi

WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
phase "wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" == "wasm-bindgen $WASM_BINDGEN_VERSION" ]] \
    && command -v wasm-bindgen-test-runner >/dev/null; then
    done_phase "already installed"
else
    # Not --locked: its own lock file wants a crate version this registry does not have.
    install_tool wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
    done_phase "installed"
fi

phase "npm packages (package-lock.json)"
stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
    done_phase "already installed"
else
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
    done_phase "installed"
fi
[[ "$(wasm-opt --version)" == *"version 132"* ]] || { echo "wasm-opt 132 expected from npm binaryen" >&2; exit 1; }

# Python tools, each in its own virtualenv kept outside the checkout
# ($STRATEGY_TOOLS_CACHE, default ~/.cache/strategy-site, one folder per version, so a fresh
# clone on the same machine reuses it) and linked as .tools/NAME, where the scripts look.
TOOLS_CACHE="${STRATEGY_TOOLS_CACHE:-$HOME/.cache/strategy-site}"
pip_tool() { # name version package
    local name=$1 version=$2 package=$3
    local venv="$TOOLS_CACHE/$name-$version"
    phase "$name $version (PyPI, in .tools/$name)"
    if [[ -f "$venv/.complete" ]]; then
        done_phase "already installed"
    else
        rm -rf "$venv"
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check "$package==$version"
        touch "$venv/.complete"
        done_phase "installed"
    fi
    mkdir -p .tools
    [[ "$(readlink .tools/"$name" 2>/dev/null)" == "$venv" ]] || { rm -rf .tools/"$name"; ln -s "$venv" .tools/"$name"; }
}
pip_tool schemathesis 4.32.5 schemathesis
pip_tool frictionless 5.21.0 frictionless

phase "cargo fetch --locked"
cargo fetch --locked --quiet
done_phase "crates ready"
