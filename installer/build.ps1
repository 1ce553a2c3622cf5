# Builds the Asylum Trends Windows installer (.msi) with a jlink-trimmed Java runtime.
# NOT VERIFIED on Windows yet (written and tested only as far as Linux allows): see installer/README.md.
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 [app-image] [msi] [exe]
#
# Default: app-image and msi. Needs target\asylum-trends.jar (mvn -DskipTests package), a JDK >= 17
# (JAVA_HOME or PATH) and, for msi/exe, WiX Toolset 3.x (candle.exe, light.exe) on the PATH.
# Output: target\installer\ (wiped first; jpackage refuses to overwrite).
param([Parameter(ValueFromRemainingArguments = $true)][string[]]$Types)
if (-not $Types) { $Types = @('app-image', 'msi') }

# Native tools are checked through $LASTEXITCODE; 'Stop' would turn their stderr output into errors.
$ErrorActionPreference = 'Continue'
function Say($msg) { Write-Host "[build.ps1] $msg" }
function Die($msg) { Write-Host "[build.ps1] ERROR: $msg" -ForegroundColor Red; exit 1 }

$root = Split-Path -Parent $PSScriptRoot
Set-Location $root   # jpackage argument files use paths relative to the project root

$jar = 'target\asylum-trends.jar'
$out = 'target\installer'
$fallbackModules = 'java.base,java.desktop,java.logging,java.management,java.prefs,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop'
# Looked up by name at run time, so jdeps cannot see them (see build.sh).
$extraModules = if ($null -ne $env:EXTRA_MODULES) { $env:EXTRA_MODULES } else { 'jdk.localedata,jdk.charsets' }
# 0 = no jlink compression: the msi's cabinet compresses an uncompressed runtime far better
# (see build.sh). JLINK_COMPRESS=2 gives a smaller installed size instead.
$jlinkCompress = if ($env:JLINK_COMPRESS) { $env:JLINK_COMPRESS } else { '0' }

foreach ($t in $Types) {
    if ($t -notin @('app-image', 'msi', 'exe')) { Die "unknown type '$t' (use app-image, msi or exe)" }
}

function Tool($name) {
    if ($env:JAVA_HOME -and (Test-Path "$env:JAVA_HOME\bin\$name.exe")) { return "$env:JAVA_HOME\bin\$name.exe" }
    $cmd = Get-Command $name -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    Die "$name not found: install a JDK >= 17 and set JAVA_HOME"
}
$jdeps = Tool 'jdeps'; $jlink = Tool 'jlink'; $jpackage = Tool 'jpackage'
$jdkMajor = [int]((& $jlink --version).Split('.')[0])
if ($jdkMajor -lt 17) { Die "need JDK 17 or newer" }
Say "JDK $(& $jlink --version) from $(Split-Path $jlink)"

if (-not (Test-Path $jar)) { Die "$jar not found. Build it first, from ${root}: mvn -DskipTests package" }
if (($Types -contains 'msi' -or $Types -contains 'exe') -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    Die "WiX Toolset 3 (candle.exe, light.exe) is not on the PATH: https://github.com/wixtoolset/wix3/releases"
}

$start = Get-Date
Say "cleaning $out"
if (Test-Path $out) { Remove-Item -Recurse -Force $out -ErrorAction Stop }
New-Item -ItemType Directory -Force "$out\input" -ErrorAction Stop | Out-Null
Copy-Item $jar "$out\input\" -ErrorAction Stop

Say "computing modules: jdeps --print-module-deps --ignore-missing-deps $jar"
$modules = & $jdeps --multi-release $jdkMajor --print-module-deps --ignore-missing-deps $jar 2>$null
if ($LASTEXITCODE -ne 0 -or "$modules" -notmatch '^[a-z][a-z0-9.]*(,[a-z][a-z0-9.]*)*$') {
    Say "WARNING: jdeps failed; using the fixed list"
    $modules = $fallbackModules
}
$modules = "$modules".Trim()
if ($extraModules) { $modules = "$modules,$extraModules" }

$compress = "--compress=$jlinkCompress"
if ($jdkMajor -ge 21) { $compress = @{ '0' = '--compress=zip-0'; '1' = '--compress=string-sharing'; '2' = '--compress=zip-6' }[$jlinkCompress] }
Say "jlink --add-modules $modules $compress -> $out\runtime"
& $jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --strip-native-commands $compress --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { Die "jlink failed" }

foreach ($t in $Types) {
    $jpArgs = @('@installer/jpackage-common.txt', '@installer/windows/app-image.txt',
                '--input', "$out\input", '--runtime-image', "$out\runtime", '--dest', $out, '--type', $t)
    if ($t -ne 'app-image') { $jpArgs += '@installer/windows/package.txt' }
    if ($env:JPACKAGE_VERBOSE) { $jpArgs += '--verbose' }
    Say "jpackage --type $t"
    & $jpackage @jpArgs
    if ($LASTEXITCODE -ne 0) { Die "jpackage --type $t failed (set JPACKAGE_VERBOSE=1 for details)" }
}

Say ("done in {0:N0} s. Output in ${out}:" -f ((Get-Date) - $start).TotalSeconds)
Get-ChildItem $out -Exclude input, runtime | ForEach-Object {
    $bytes = if ($_.PSIsContainer) { (Get-ChildItem $_.FullName -Recurse -File | Measure-Object Length -Sum).Sum } else { $_.Length }
    Say ("  {0,-45} {1,6:N1} MB" -f $_.Name, ($bytes / 1MB))
}
