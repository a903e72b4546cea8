# CPack: one package per install component (certtrack, certtrackd).
#   Debian 12 / Ubuntu: DEB, built and tested by packaging/package.sh and test-install.sh.
#   Windows: WiX MSI of the client and server, Qt deployed beside them by windeployqt.
#   macOS:   CertTrack.app bundle made whole by macdeployqt, in a DragNDrop disk image.
# The Windows and macOS configurations are not built or tested here (README, Install).
set(CPACK_PACKAGE_NAME "certtrack")
set(CPACK_PACKAGE_VENDOR "The CertTrack developers")
set(CPACK_PACKAGE_CONTACT "The CertTrack developers <packages@certtrack.example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${CERTTRACK_HOMEPAGE})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CertTrack")
set(CPACK_COMPONENTS_ALL certtrack certtrackd)
set(CPACK_COMPONENT_CERTTRACK_DISPLAY_NAME "CertTrack")
set(CPACK_COMPONENT_CERTTRACK_DESCRIPTION
    "The desktop client: your certifications, certificates, transcripts and badges.")
set(CPACK_COMPONENT_CERTTRACKD_DISPLAY_NAME "CertTrack server")
set(CPACK_COMPONENT_CERTTRACKD_DESCRIPTION
    "certtrackd, the server the client talks to, for a training centre or a programme.")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/node_modules/")

# --- Debian ---------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE "")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Library dependencies come from dpkg-shlibdeps; what follows is what the programs load at run
# time, which it cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

set(CPACK_DEBIAN_CERTTRACK_PACKAGE_NAME "certtrack")
set(CPACK_DEBIAN_CERTTRACK_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_CERTTRACK_DESCRIPTION
    "desktop client for a certification tracking system
 CertTrack shows a candidate what a certification programme knows about them:
 exams, certifications and their renewal, continuing-education credits,
 transcripts and digital badges. It keeps a local copy, so it opens at once and
 works offline, prints certificates as PDF, and has a kiosk mode for shared
 machines.")
# qt6-qpa-plugins: the xcb and Wayland platform plugins a window needs (the offscreen one of the
#   headless commands is in libqt6gui6, which shlibdeps finds);
# libqt6sql6-sqlite: the QSQLITE driver of the local copy, a Qt plugin;
# libsecret-1-0: QtKeychain opens it with dlopen to reach the desktop's keychain;
# fonts-dejavu-core: a Latin font for the window and certificates; Arabic and CJK names need
#   the recommended fonts-noto-core and fonts-wqy-microhei;
# qt6-translations-l10n: Qt's own strings (dialog buttons, the print dialog) in the client's
#   languages, loaded from /usr/share/qt6/translations when the client speaks one of them, and
#   fonts-noto-cjk for its Japanese: recommended, English needs neither.
set(CPACK_DEBIAN_CERTTRACK_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, libsecret-1-0, fonts-dejavu-core")
set(CPACK_DEBIAN_CERTTRACK_PACKAGE_RECOMMENDS
    "fonts-noto-core, fonts-wqy-microhei, qt6-translations-l10n, fonts-noto-cjk, gnome-keyring | kwalletmanager")

set(CPACK_DEBIAN_CERTTRACKD_PACKAGE_NAME "certtrackd")
set(CPACK_DEBIAN_CERTTRACKD_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_CERTTRACKD_DESCRIPTION
    "server of the CertTrack certification tracking system
 certtrackd serves the REST/JSON API the certtrack desktop client talks to, and
 public pages (shared transcripts, certificate verification, hosted Open
 Badges) over HTTPS, from an SQLite database or, for a programme that runs
 several processes, PostgreSQL (with libqt6sql6-psql). It runs as a hardened
 systemd service configured in /etc/certtrackd.")
# libqt6sql6-sqlite: the QSQLITE driver of its database, a Qt plugin;
# fonts-dejavu-core: badge artwork is drawn with Qt on the offscreen platform, which needs a
#   font; adduser: the maintainer script makes the certtrackd system user.
set(CPACK_DEBIAN_CERTTRACKD_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core, adduser")
set(CPACK_DEBIAN_CERTTRACKD_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_DEBIAN_CERTTRACKD_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/certtrackd/postinst
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/certtrackd/prerm
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/certtrackd/postrm
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/certtrackd/conffiles)
set(CPACK_DEBIAN_CERTTRACKD_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# --- Windows (not built or tested here) -----------------------------------------------------
if(WIN32)
  set(CPACK_GENERATOR "WIX")
  # A fixed upgrade code: a newer MSI replaces an older one instead of installing beside it.
  set(CPACK_WIX_UPGRADE_GUID "6E1B4C39-8F2A-4D57-9C1E-2B7A5D03C4F1")
  set(CPACK_PACKAGE_EXECUTABLES "certtrack" "CertTrack")
  set(CPACK_CREATE_DESKTOP_LINKS "certtrack")
  # windeployqt copies the Qt libraries and plugins (platforms, sqldrivers, tls, styles) the
  # programs load next to them, inside each component's install tree.
  find_program(WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
  foreach(program certtrack certtrackd)
    install(CODE "
      execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-translations
                              --no-compiler-runtime --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                              \"\${CMAKE_INSTALL_PREFIX}/bin/${program}.exe\"
                      COMMAND_ERROR_IS_FATAL ANY)"
      COMPONENT ${program})
  endforeach()
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT certtrack)
  include(InstallRequiredSystemLibraries)
endif()

# --- macOS (not built or tested here) -------------------------------------------------------
if(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  set(CPACK_DMG_VOLUME_NAME "CertTrack")
  set(CPACK_DMG_FORMAT "UDZO")
  # packaging/CMakeLists.txt makes certtrack the CertTrack.app bundle; macdeployqt puts Qt's
  # frameworks and plugins inside it. certtrackd, a command-line program, goes beside it.
  find_program(MACDEPLOYQT macdeployqt HINTS "${Qt6_DIR}/../../../bin")
  install(CODE "
    execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/CertTrack.app\"
                            -always-overwrite
                    COMMAND_ERROR_IS_FATAL ANY)"
    COMPONENT certtrack)
endif()

include(CPack)
