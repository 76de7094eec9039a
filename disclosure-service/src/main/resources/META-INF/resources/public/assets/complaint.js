// The complaint form and the follow page: clients of the public complaint API, through the gateway.
(function () {
  'use strict';

  var FIELDS = { kind: '类型', agencyCode: '执法主体', regionCode: '地区', subject: '事由', content: '具体情况', occurredOn: '发生日期',
    place: '地点', officerCredential: '执法证号', contactName: '联系人', contactPhone: '联系电话', attachments: '附件' };
  var STATUS = { RECEIVED: '已受理，待分办', ROUTED: '已转交执法主体办理', ANSWERED: '已答复' };
  var OUTCOME = { SUBSTANTIATED: '属实', PARTLY_SUBSTANTIATED: '部分属实', NOT_SUBSTANTIATED: '不属实' };
  var PROVINCE = '220000';

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) { element.className = className; }
    return element;
  }

  function show(target, nodes) {
    target.replaceChildren.apply(target, nodes);
  }

  /** A refusal in words a person reads: the Chinese title, and each field by its label. */
  function refusal(status, problem) {
    var nodes = [text('p', status === 429 ? '提交过于频繁，请稍后再试。' : '未能提交：' + (problem.detail || problem.title || status), 'withdrawn')];
    (problem.errors || []).forEach(function (error) {
      var field = error.field.split(/[.[]/)[0];
      nodes.push(text('p', (FIELDS[field] || error.field) + '：' + error.message));
    });
    return nodes;
  }

  async function sha256(file) {
    var digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
    return Array.from(new Uint8Array(digest)).map(function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  function sleep(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  /** The evidence store knows a declared file a moment after filing: ask again for a while. */
  async function uploadUrl(attachmentId) {
    for (var attempt = 0; attempt < 20; attempt++) {
      var answer = await fetch('/public/v1/complaint-attachments/' + encodeURIComponent(attachmentId) + '/upload-url', { method: 'POST' });
      if (answer.ok) { return answer.json(); }
      if (answer.status !== 404) { throw new Error('upload-url ' + answer.status); }
      await sleep(1000);
    }
    throw new Error('upload-url not ready');
  }

  function put(url, file, contentType, bar) {
    return new Promise(function (resolve, reject) {
      var request = new XMLHttpRequest();
      request.open('PUT', url);
      request.setRequestHeader('Content-Type', contentType);
      request.upload.onprogress = function (event) {
        if (event.lengthComputable) { bar.value = Math.round(100 * event.loaded / event.total); }
      };
      request.onload = function () { if (request.status >= 200 && request.status < 300) { resolve(); } else { reject(new Error('PUT ' + request.status)); } };
      request.onerror = function () { reject(new Error('PUT failed')); };
      request.send(file);
    });
  }

  async function upload(attachment, file, list) {
    var item = text('li', attachment.fileName + '：');
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', attachment.fileName + ' 上传进度');
    var state = text('span', ' 上传中');
    item.append(bar, state);
    list.append(item);
    try {
      var target = await uploadUrl(attachment.attachmentId);
      await put(target.url, file, target.contentType || attachment.contentType, bar);
      var done = await fetch('/public/v1/complaint-attachments/' + encodeURIComponent(attachment.attachmentId) + '/completion', { method: 'POST' });
      if (!done.ok) { throw new Error('completion ' + done.status); }
      bar.value = 100;
      state.textContent = ' 已上传';
      item.className = 'uploaded';
    } catch (failed) {
      state.textContent = ' 上传失败，请稍后凭查询号重新提交该附件或联系处理机关';
      item.className = 'failed';
    }
  }

  async function fileComplaint(form) {
    var progress = document.getElementById('progress');
    var result = document.getElementById('result');
    var data = new FormData(form);
    var files = Array.from(form.elements.attachments.files || []);
    if (files.length > 5) { show(result, [text('p', '附件最多5个。', 'withdrawn')]); return; }
    show(progress, [text('p', '正在提交……')]);
    var declared = [];
    for (var i = 0; i < files.length; i++) {
      declared.push({ fileName: files[i].name, contentType: files[i].type || 'application/octet-stream', sizeBytes: files[i].size,
        sha256: await sha256(files[i]) });
    }
    var complaint = { kind: data.get('kind'), subject: data.get('subject'), content: data.get('content') };
    var agency = data.get('agencyCode');
    if (agency) { complaint.agencyCode = agency; } else { complaint.regionCode = PROVINCE; }
    ['occurredOn', 'place', 'officerCredential', 'contactName', 'contactPhone'].forEach(function (name) {
      var value = (data.get(name) || '').trim();
      if (value) { complaint[name] = value; }
    });
    if (declared.length) { complaint.attachments = declared; }
    var answer = await fetch('/public/v1/complaints', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(complaint) });
    var body = await answer.json().catch(function () { return {}; });
    if (!answer.ok) { show(progress, []); show(result, refusal(answer.status, body)); return; }
    form.hidden = true;
    show(result, [
      text('h2', '已收到您的' + (complaint.kind === 'REPORT' ? '举报' : '投诉')),
      text('p', '请记下查询号和查询密码，凭此查询办理进度。查询密码只显示这一次。', 'notice'),
      text('p', '查询号：' + body.trackingNumber, 'tracking-number'),
      text('p', '查询密码：' + body.secret, 'secret'),
      text('p', '答复期限：' + body.dueOn)
    ]);
    var list = document.createElement('ul');
    show(progress, declared.length ? [text('h2', '附件上传'), list] : []);
    for (var k = 0; k < body.attachments.length; k++) {
      await upload(body.attachments[k], files[k], list);
    }
    if (declared.length) { progress.append(text('p', '附件处理完毕。', 'attachments-done')); }
  }

  async function follow(form) {
    var target = document.getElementById('status');
    var data = new FormData(form);
    var answer = await fetch('/public/v1/complaints/' + encodeURIComponent(data.get('trackingNumber').trim()),
      { headers: { 'X-Complaint-Secret': data.get('secret').trim() } });
    if (!answer.ok) {
      show(target, [text('p', answer.status === 404 ? '查询号或查询密码不正确。' : '查询失败，请稍后再试。', 'withdrawn')]);
      return;
    }
    var complaint = await answer.json();
    var list = document.createElement('dl');
    [['查询号', complaint.trackingNumber], ['事由', complaint.subject], ['办理状态', STATUS[complaint.status] || complaint.status],
      ['答复期限', complaint.dueOn], ['答复', complaint.answer || '尚未答复'],
      ['核查结论', complaint.outcome ? OUTCOME[complaint.outcome] || complaint.outcome : '—']].forEach(function (row) {
      list.append(text('dt', row[0]), text('dd', row[1]));
    });
    var files = (complaint.attachments || []).map(function (a) { return text('li', a.fileName + '：' + (a.receivedAt ? '已收到' : '未收到')); });
    var attachments = document.createElement('ul');
    attachments.append.apply(attachments, files);
    show(target, files.length ? [list, text('h2', '附件'), attachments] : [list]);
  }

  var complaintForm = document.getElementById('complaint');
  if (complaintForm) {
    complaintForm.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!complaintForm.reportValidity()) { return; }
      fileComplaint(complaintForm).catch(function () {
        show(document.getElementById('result'), [text('p', '提交失败，请检查网络后重试，或拨打12328。', 'withdrawn')]);
      });
    });
  }
  var followForm = document.getElementById('follow');
  if (followForm) {
    followForm.addEventListener('submit', function (event) {
      event.preventDefault();
      follow(followForm).catch(function () { show(document.getElementById('status'), [text('p', '查询失败，请稍后再试。', 'withdrawn')]); });
    });
  }
}());
