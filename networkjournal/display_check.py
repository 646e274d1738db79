"""Before Qt starts on Linux: a display to open and a platform plugin whose libraries load."""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# Qt aborts the process (SIGABRT) when its platform plugin cannot start, after a message
# that names the wrong library (the one it reports first, not the ones missing); this
# check runs first and says what is really missing, in one line, so the app can exit 1.

NO_DISPLAY = "no display: set DISPLAY or QT_QPA_PLATFORM (offscreen runs without a screen)"

# The shared objects Qt's xcb platform needs beyond a base system, with the Debian/Ubuntu
# package that ships each (README: "On a bare Linux"); a name not here is still reported.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}

# A loader answers the shared objects a plugin file needs that cannot be loaded.
Loader = Callable[[Path], list[str]]


def display_problem(environ: Mapping[str, str] | None = None,
                    loader: Loader | None = None) -> str | None:
    """What stops Qt's platform plugin from starting here, in one line, or None.

    Only Linux and the BSDs are checked: Windows and macOS always have their platform.
    """
    if sys.platform.startswith(("win", "darwin")):
        return None
    env = os.environ if environ is None else environ
    load = loader or missing_libraries
    problems = [_platform_problem(name, env, load) for name in _candidates(env)]
    if not problems or any(problem is None for problem in problems):
        return None
    return problems[0]


def _candidates(env: Mapping[str, str]) -> list[str]:
    """The platforms Qt will try, in order: QT_QPA_PLATFORM's list ("wayland;xcb",
    "offscreen:fontengine=freetype"), else Wayland in a Wayland session, then X11."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [part.split(":", 1)[0].strip() for part in chosen.split(";") if part.strip()]
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return ["none"]
    wayland = env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland"
    return ["wayland", "xcb"] if wayland else ["xcb"]


def _platform_problem(name: str, env: Mapping[str, str], load: Loader) -> str | None:
    if name == "none":
        return NO_DISPLAY
    if name == "xcb" and not env.get("DISPLAY"):
        return NO_DISPLAY
    if name.startswith("wayland") and not env.get("WAYLAND_DISPLAY"):
        return "no Wayland display: set WAYLAND_DISPLAY or QT_QPA_PLATFORM"
    plugin = _plugin_file(name, env)
    if plugin is None:
        return None  # an unknown or relocated plugin: let Qt report on it
    missing = load(plugin)
    if missing:
        return _missing_message(name, missing)
    if name == "xcb":
        return _x_display_problem(env["DISPLAY"])
    return None


def _missing_message(platform: str, missing: list[str]) -> str:
    packages = sorted({DEBIAN_PACKAGES[lib] for lib in missing if lib in DEBIAN_PACKAGES})
    hint = f" (Debian/Ubuntu: apt install {' '.join(packages)})" if packages else ""
    return (f"Qt's {platform} platform cannot start, missing system "
            f"librar{'y' if len(missing) == 1 else 'ies'}: {', '.join(missing)}{hint}")


def _plugin_file(name: str, env: Mapping[str, str]) -> Path | None:
    folders = [Path(p) for p in env.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep)
               if p]
    qt = qt_folder()
    if qt is not None:
        folders.append(qt / "plugins" / "platforms")
    for folder in folders:
        candidate = folder / f"libq{name}.so"
        if candidate.is_file():
            return candidate
    return None


def qt_folder() -> Path | None:
    """PySide6's Qt folder, found without importing PySide6 (installed or frozen)."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    roots = list(spec.submodule_search_locations or []) if spec else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(str(Path(bundle) / "PySide6"))
    for root in roots:
        if (Path(root) / "Qt" / "plugins").is_dir():
            return Path(root) / "Qt"
    return None


def missing_libraries(plugin: Path) -> list[str]:
    """Load the plugin as Qt would (dlopen: a few ms, and Qt reuses what it loaded); when
    that fails, ask ldd for every library not found, not only the first one."""
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as exc:
        first = str(exc)
    named = _ldd_not_found(plugin)
    if named:
        return named
    match = re.search(r"([\w.+-]+\.so[\w.]*): cannot open shared object", first)
    return [match.group(1) if match else first.strip().splitlines()[0]]


def _ldd_not_found(plugin: Path) -> list[str]:
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True,
                                timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = re.findall(r"^\s*(\S+) => not found", output, flags=re.MULTILINE)
    return list(dict.fromkeys(found))


def _x_display_problem(display: str) -> str | None:
    """Connect to the X server as Qt will (libxcb), so a display that answers no one is
    explained rather than aborted on."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None  # the plugin check above already named a missing libxcb
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        failed = not connection or xcb.xcb_connection_has_error(connection) != 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)
    if failed:
        return (f"cannot open display {display!r}: no X server answers there "
                "(set DISPLAY or QT_QPA_PLATFORM)")
    return None
