@echo off
rem ketoplan launcher (Windows): runs ketoplan.jar, beside this file, with the quickest start-up this Java offers.
rem - Quick compilation only (-XX:TieredStopAtLevel=1) for every command but a batch (plan --patients).
rem - The start-up archive ketoplan.jsa when its stamp names this jar and this Java and their sizes match; a stale
rem   archive would make the JVM run without any class sharing, so on any doubt it is left out. (cmd cannot read
rem   a file's time in seconds, so unlike the POSIX launcher this one compares sizes only.)
rem - The serial garbage collector: it keeps the heap near what is live (G1 grew to 1.4 GB for a year of day sheets).
rem - KETOPLAN_JAVA_OPTS: more JVM options. KETOPLAN_ARCHIVE=off: never use the archive.
setlocal EnableExtensions DisableDelayedExpansion
set "KP_DIR=%~dp0"
if "%KP_DIR:~-1%"=="\" set "KP_DIR=%KP_DIR:~0,-1%"
set "KP_JAR=%KP_DIR%\ketoplan.jar"

set "KP_JAVA="
if exist "%KP_DIR%\runtime\bin\java.exe" set "KP_JAVA=%KP_DIR%\runtime\bin\java.exe"
if not defined KP_JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "KP_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined KP_JAVA for %%J in (java.exe) do set "KP_JAVA=%%~$PATH:J"
if not defined KP_JAVA (
  echo ketoplan: Java 17 or later is needed and none was found: install it, or set JAVA_HOME 1>&2
  exit /b 1
)
for %%J in ("%KP_JAVA%") do set "KP_BIN=%%~dpJ"
for %%H in ("%KP_BIN%..") do set "KP_HOME=%%~fH"

set "KP_ARCHIVE="
if /i "%KETOPLAN_ARCHIVE%"=="off" goto run
if not exist "%KP_DIR%\ketoplan.jsa" goto run
if not exist "%KP_DIR%\ketoplan.jsa.stamp" goto run
set "KP_N=0"
for /f "usebackq delims=" %%L in ("%KP_DIR%\ketoplan.jsa.stamp") do call :stampline "%%L"
if not "%KP_S1%"=="ketoplan-startup-archive 1" goto run
if /i not "%KP_S2%"=="%KP_JAR%" goto run
if /i not "%KP_S4%"=="%KP_HOME%" goto run
set "KP_VM=%KP_HOME%\%KP_S5:/=\%"
for %%F in ("%KP_JAR%") do set "KP_Z3=%%~zF"
for %%F in ("%KP_VM%") do set "KP_Z6=%%~zF"
for %%F in ("%KP_HOME%\lib\modules") do set "KP_Z7=%%~zF"
for /f "tokens=1" %%Z in ("%KP_S3%") do if not "%%Z"=="%KP_Z3%" goto run
for /f "tokens=1" %%Z in ("%KP_S6%") do if not "%%Z"=="%KP_Z6%" goto run
for /f "tokens=1" %%Z in ("%KP_S7%") do if not "%%Z"=="%KP_Z7%" goto run
set KP_ARCHIVE="-XX:SharedArchiveFile=%KP_DIR%\ketoplan.jsa" -Xshare:auto

:run
set "KP_COMPILE=-XX:TieredStopAtLevel=1"
echo %* | findstr /c:"--patients" >nul && set "KP_COMPILE="
"%KP_JAVA%" -XX:+UseSerialGC %KP_COMPILE% %KP_ARCHIVE% %KETOPLAN_JAVA_OPTS% -jar "%KP_JAR%" %*
exit /b %ERRORLEVEL%

:stampline
set /a KP_N+=1
set "KP_S%KP_N%=%~1"
exit /b 0
