@echo off
rem thidua: the command line of the Thi Dua rules on Windows, from the distribution archive (no Maven, no bash).
rem Needs Java 17 or later: JAVA_HOME, or java on the PATH. JAVA_OPTS is passed to java (e.g. set JAVA_OPTS=-Xmx2g).
rem   thidua evaluate --considered-on 2026-11-25 "ho so 1.json"
rem Every argument is passed on unchanged (%*), quotes included, so names with spaces work.
setlocal
rem The tool writes UTF-8: the console shows Vietnamese in code page 65001.
chcp 65001 >nul
set "THIDUA_JAVA=java"
if defined JAVA_HOME set "THIDUA_JAVA=%JAVA_HOME%\bin\java.exe"
"%THIDUA_JAVA%" %JAVA_OPTS% -jar "%~dp0rules-cli.jar" %*
exit /b %ERRORLEVEL%
